#pragma once

#include <QByteArray>
#include <QLocale>
#include <QString>

class QCoreApplication;

// The language of the user interface.
namespace UiLanguage {

// --lang wins, then the first usable entry of the LANGUAGE environment variable (GNU gettext's
// priority list, "de_DE:en"), then the system locale.
QLocale choose(
    const QString &commandLineCode, const QByteArray &languageVariable, const QLocale &system);

// Installs Qt's own translations (dialog buttons) and SipDesk's from translationsDirectory for
// locale; SipDesk's English ones — the plural forms — when it has none for the locale's language.
// Returns whether SipDesk has a translation for that language (English counts: it is one).
bool install(QCoreApplication &app, const QLocale &locale, const QString &translationsDirectory);

} // namespace UiLanguage
