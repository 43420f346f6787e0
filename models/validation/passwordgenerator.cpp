#include "models/validation/passwordgenerator.h"

#include "models/validation/rules.h"

#include <QRandomGenerator>

#include <limits>
#include <utility>

namespace PasswordGenerator {

namespace {

constexpr QStringView kDigits = u"23456789";
constexpr QStringView kLower = u"abcdefghjkmnpqrstuvwxyz";
constexpr QStringView kUpper = u"ABCDEFGHJKLMNPQRSTUVWXYZ";
constexpr QStringView kAlphabet = u"23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";

// A uniform number below bound (rejection sampling: QRandomGenerator's
// bounded() maps 32 bits onto the range, which favours some values a little).
quint32 uniformBelow(quint32 bound)
{
    const quint32 span = std::numeric_limits<quint32>::max() - bound + 1; // 2^32 - bound
    const quint32 limit = std::numeric_limits<quint32>::max() - span % bound; // last fair value
    quint32 value = 0;
    do
        value = QRandomGenerator::system()->generate();
    while (value > limit);
    return value % bound;
}

QChar pick(QStringView from)
{
    return from.at(qsizetype(uniformBelow(quint32(from.size()))));
}

} // namespace

QStringView alphabet()
{
    return kAlphabet;
}

QStringView digits()
{
    return kDigits;
}

QStringView lowerCase()
{
    return kLower;
}

QStringView upperCase()
{
    return kUpper;
}

QString generate(int length)
{
    const qsizetype size = qMax(length, Rules::kSipPasswordMinLength);
    QString password;
    password.reserve(size);
    // One of each required class, the rest from the whole alphabet, then a
    // Fisher-Yates shuffle so that the guaranteed ones are anywhere.
    password.append(pick(kDigits));
    password.append(pick(kLower));
    password.append(pick(kUpper));
    while (password.size() < size)
        password.append(pick(kAlphabet));
    for (qsizetype i = size - 1; i > 0; --i)
        std::swap(password[i], password[qsizetype(uniformBelow(quint32(i + 1)))]);
    return password;
}

} // namespace PasswordGenerator
