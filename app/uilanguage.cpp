#include "app/uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

bool isLanguage(const QString &code)
{
    return !code.isEmpty() && QLocale(code).language() != QLocale::C;
}

} // namespace

namespace UiLanguage {

QLocale choose(
    const QString &commandLineCode, const QByteArray &languageVariable, const QLocale &system)
{
    if (isLanguage(commandLineCode))
        return QLocale(commandLineCode);
    // Entries such as "C" or an empty one stand for "no preference" and are skipped.
    for (const QByteArray &entry : languageVariable.split(':')) {
        const QString code = QString::fromLatin1(entry);
        if (isLanguage(code))
            return QLocale(code);
    }
    return system;
}

bool install(QCoreApplication &app, const QLocale &locale, const QString &translationsDirectory)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(
            locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    auto *translator = new QTranslator(&app);
    const bool translated = translator->load(locale, u"sipdesk"_s, u"_"_s, translationsDirectory);
    if (translated || translator->load(u"sipdesk_en.qm"_s, translationsDirectory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    return translated;
}

} // namespace UiLanguage
