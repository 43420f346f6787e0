#pragma once

#include <QStringView>

// Fixed, documented demo credentials of the sandbox, in the formats the real
// services use (AC/SK + 32 hex digits, a UUID project id). They open nothing
// but the local emulator. A second account/project of each service exists so
// that tests can check that nothing crosses accounts.
namespace DemoCredentials {

inline constexpr QStringView kTwilioAccountSid = u"ACa1b2c3d4e5f60718293a4b5c6d7e8f90";
inline constexpr QStringView kTwilioAuthToken = u"0badc0ffee0badc0ffee0badc0ffee00";
inline constexpr QStringView kTwilioApiKeySid = u"SK0123456789abcdef0123456789abcdef";
inline constexpr QStringView kTwilioApiKeySecret = u"sandboxApiKeySecretNotRealAtAll0";

inline constexpr QStringView kTwilioOtherAccountSid = u"ACfedcba9876543210fedcba9876543210";
inline constexpr QStringView kTwilioOtherAuthToken = u"feedfacefeedfacefeedfacefeedface";

inline constexpr QStringView kSignalWireSpace = u"sandbox";
inline constexpr QStringView kSignalWireProjectId = u"8f1c2d3e-4b5a-4c6d-9e8f-0a1b2c3d4e5f";
inline constexpr QStringView kSignalWireApiToken =
    u"PTsandbox0demo0token0not0a0real0secret000000000000";

inline constexpr QStringView kSignalWireOtherProjectId = u"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
inline constexpr QStringView kSignalWireOtherApiToken =
    u"PTsandbox0other0token0not0a0real0secret00000000000";

} // namespace DemoCredentials
