#pragma once

#include <QString>
#include <QStringList>

// What the user asked for on the command line. Parsed before any window
// exists, so that --help and --version work without a display.
struct CommandLine
{
    enum class Action { Run, ShowHelp, ShowVersion, Fail };

    Action action = Action::Run;
    bool sandbox = false;
    // --profile NAME: the saved profile to open instead of the last used one.
    QString profileName;
    // --lang CODE: the user interface's language instead of the system's ("de", "en_GB").
    QString language;
    // Text to print for ShowHelp/ShowVersion (stdout) or Fail (stderr).
    QString message;

    static CommandLine parse(const QStringList &arguments);
};
