#pragma once

#include <QString>

// Passwords for SIP credentials that meet Twilio's policy
// (Rules::sipPasswordProblem): drawn from the system's cryptographically
// secure generator (QRandomGenerator::system()), each character uniformly
// from an alphabet without look-alikes (no 0/O/o, 1/l/I/i), with at least
// one digit, one lower-case and one upper-case letter at random places.
namespace PasswordGenerator {

// 20 characters of the 55-letter alphabet: about 115 bits.
inline constexpr int kDefaultLength = 20;

// Letters and digits only, so that the password survives any device's
// configuration screen; no two characters a reader could confuse.
QStringView alphabet();
QStringView digits();
QStringView lowerCase();
QStringView upperCase();

// A new password of length characters (at least the policy's minimum).
QString generate(int length = kDefaultLength);

} // namespace PasswordGenerator
