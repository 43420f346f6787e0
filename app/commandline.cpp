#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// Qt names the program after the running executable, or "<executable_name>"
// before QApplication exists (which is when --help is answered): the usage
// line names the program as it was called instead.
QString withProgramName(QString help, const QStringList &arguments)
{
    const QString program =
        arguments.isEmpty() ? u"sipdesk"_s : QFileInfo(arguments.constFirst()).fileName();
    const qsizetype end = help.indexOf(u'\n');
    if (help.startsWith(u"Usage: "_s) && end > 0)
        help.replace(0, end, u"Usage: %1 [options]"_s.arg(program));
    return help;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Administer Twilio SIP Domains and SignalWire SIP Endpoints."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption sandbox(u"sandbox"_s,
        QCoreApplication::translate("CommandLine",
            "Run against the built-in emulator of both APIs, with demo "
            "accounts and data. Nothing leaves this computer."));
    parser.addOption(sandbox);
    const QCommandLineOption profile(u"profile"_s,
        QCoreApplication::translate(
            "CommandLine", "Open the saved credential profile with this name."),
        QCoreApplication::translate("CommandLine", "name"));
    parser.addOption(profile);
    const QCommandLineOption language(u"lang"_s,
        QCoreApplication::translate("CommandLine",
            "Show the user interface in this language (\"de\", \"en\") instead of the "
            "system's."),
        QCoreApplication::translate("CommandLine", "code"));
    parser.addOption(language);

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.action = Action::Fail;
        result.message = parser.errorText() + u'\n'
            + QCoreApplication::translate("CommandLine", "Try --help for the options.") + u'\n';
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = Action::Fail;
        result.message = QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                             .arg(parser.positionalArguments().constFirst())
            + u'\n';
        return result;
    }
    if (parser.isSet(help)) {
        result.action = Action::ShowHelp;
        result.message = withProgramName(parser.helpText(), arguments);
    } else if (parser.isSet(version)) {
        result.action = Action::ShowVersion;
        result.message = QCoreApplication::applicationName() + u' '
            + QCoreApplication::applicationVersion() + u'\n';
    }
    result.sandbox = parser.isSet(sandbox);
    result.profileName = parser.value(profile).trimmed();
    result.language = parser.value(language).trimmed();
    if (parser.isSet(language) && QLocale(result.language).language() == QLocale::C) {
        result.action = Action::Fail;
        result.message = QCoreApplication::translate("CommandLine",
                             "--lang needs a language code such as \"de\" or \"en\", not \"%1\".")
                             .arg(result.language)
            + u'\n';
    } else if (parser.isSet(profile) && result.profileName.isEmpty()) {
        result.action = Action::Fail;
        result.message =
            QCoreApplication::translate("CommandLine", "--profile needs a profile name.") + u'\n';
    } else if (result.sandbox && !result.profileName.isEmpty()) {
        result.action = Action::Fail;
        result.message = QCoreApplication::translate("CommandLine",
                             "--sandbox opens the demo accounts; it cannot be combined with "
                             "--profile.")
            + u'\n';
    }
    return result;
}
