using System.Security.Cryptography;
using Cqo.Platform.Security;
using Microsoft.Extensions.Options;

namespace Cqo.UnitTests.Security;

public sealed class PersonalDataProtectorTests
{
    private const string IdNumber = "11010519491231002X";

    private static readonly string s_key1 = NewKey();
    private static readonly string s_key2 = NewKey();
    private static readonly string s_hashKey = NewKey();

    [Theory]
    [InlineData(IdNumber)]
    [InlineData("张三 身份证 11010519491231002X")]
    [InlineData("")]
    public void A_protected_value_reads_back(string plaintext)
    {
        var protector = Protector("k1", s_hashKey);

        var protectedValue = protector.Protect(plaintext);

        protectedValue.ShouldStartWith("v1:k1:");
        protector.Unprotect(protectedValue).ShouldBe(plaintext);
    }

    [Fact]
    public void Protecting_the_same_value_twice_gives_different_results()
    {
        var protector = Protector("k1", s_hashKey);

        protector.Protect(IdNumber).ShouldNotBe(protector.Protect(IdNumber));
    }

    [Fact]
    public void The_hash_is_stable_and_depends_on_the_hash_key()
    {
        var protector = Protector("k1", s_hashKey);

        protector.Hash(IdNumber).ShouldBe(Protector("k2", s_hashKey).Hash(IdNumber));
        protector.Hash(IdNumber).ShouldMatch("^[0-9a-f]{64}$");
        protector.Hash(IdNumber).ShouldNotBe(protector.Hash("110105194912310038"));
        protector.Hash(IdNumber).ShouldNotBe(Protector("k1", NewKey()).Hash(IdNumber));
    }

    [Fact]
    public void A_tampered_value_is_refused()
    {
        var protector = Protector("k1", s_hashKey);
        var protectedValue = protector.Protect(IdNumber);
        var payload = Convert.FromBase64String(protectedValue["v1:k1:".Length..]);
        payload[15] ^= 1;

        Should.Throw<CryptographicException>(() => protector.Unprotect("v1:k1:" + Convert.ToBase64String(payload)));
    }

    [Fact]
    public void A_value_relabelled_with_another_key_id_is_refused()
    {
        var protector = Protector("k1", s_hashKey);
        var protectedValue = protector.Protect(IdNumber);

        Should.Throw<CryptographicException>(() => protector.Unprotect("v1:k2:" + protectedValue["v1:k1:".Length..]));
    }

    [Theory]
    [InlineData("v1:k9:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("v2:k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("v1:k1:not base64!")]
    [InlineData("v1:k1:AAAA")]
    [InlineData(IdNumber)]
    public void Values_of_unknown_keys_or_shape_are_refused(string protectedValue) =>
        Should.Throw<CryptographicException>(() => Protector("k1", s_hashKey).Unprotect(protectedValue));

    [Fact]
    public void After_rotation_new_values_use_the_new_key_and_old_ones_still_read()
    {
        var old = Protector("k1", s_hashKey).Protect(IdNumber);

        var rotated = Protector("k2", s_hashKey);

        rotated.Protect(IdNumber).ShouldStartWith("v1:k2:");
        rotated.Unprotect(old).ShouldBe(IdNumber);
    }

    [Fact]
    public void Development_keys_are_the_same_on_every_start()
    {
        var first = new PersonalDataOptions();
        var second = new PersonalDataOptions();
        first.UseDevelopmentKeysWhereMissing();
        second.UseDevelopmentKeysWhereMissing();

        first.HasCurrentKey.ShouldBeTrue();
        first.KeysAreWellFormed.ShouldBeTrue();
        first.HashKeyIsWellFormed.ShouldBeTrue();
        var value = new PersonalDataProtector(Options.Create(first)).Protect(IdNumber);
        new PersonalDataProtector(Options.Create(second)).Unprotect(value).ShouldBe(IdNumber);
    }

    [Fact]
    public void Malformed_settings_are_recognised()
    {
        new PersonalDataOptions().HasCurrentKey.ShouldBeFalse();
        new PersonalDataOptions().HashKeyIsWellFormed.ShouldBeFalse();
        new PersonalDataOptions { Keys = { ["k1"] = Convert.ToBase64String(new byte[16]) } }.KeysAreWellFormed.ShouldBeFalse();
        new PersonalDataOptions { Keys = { ["k:1"] = s_key1 } }.KeysAreWellFormed.ShouldBeFalse();
        new PersonalDataOptions { Keys = { ["k1"] = s_key1 }, HashKey = s_key1 }.HashKeyIsWellFormed.ShouldBeFalse();
        new PersonalDataOptions { HashKey = Convert.ToBase64String(new byte[31]) }.HashKeyIsWellFormed.ShouldBeFalse();
    }

    private static PersonalDataProtector Protector(string currentKeyId, string hashKey) =>
        new(Options.Create(new PersonalDataOptions
        {
            CurrentKeyId = currentKeyId,
            Keys = { ["k1"] = s_key1, ["k2"] = s_key2 },
            HashKey = hashKey,
        }));

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
