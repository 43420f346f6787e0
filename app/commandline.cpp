#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

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
        result.message = parser.helpText();
    } else if (parser.isSet(version)) {
        result.action = Action::ShowVersion;
        result.message = QCoreApplication::applicationName() + u' '
            + QCoreApplication::applicationVersion() + u'\n';
    }
    result.sandbox = parser.isSet(sandbox);
    result.profileName = parser.value(profile).trimmed();
    if (parser.isSet(profile) && result.profileName.isEmpty()) {
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
