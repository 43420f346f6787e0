#pragma once

#include <QString>
#include <QStringList>

// The closed sets of values both APIs accept, kept in one place so that the
// validation rules, the forms and the sandbox cannot drift apart.

namespace TwilioVocabulary {
// The enum of every *Method field in the SipDomain resource of the Twilio REST API reference.
const QStringList &httpMethods();
const QStringList &authTypes();
} // namespace TwilioVocabulary

namespace SignalWireVocabulary {
const QStringList &encryptionModes();
// The keys of SignalWireCallHandlers::table(), in its order.
const QStringList &callHandlers();
const QStringList &callbackMethods();
const QStringList &callFlowVersions();
const QStringList &knownCodecs();
const QStringList &knownCiphers();
// What a new project uses; sending [] resets an endpoint to these.
const QStringList &defaultCodecs();
const QStringList &defaultCiphers();
// The request fields a call handler requires (JSON keys), from its row in
// SignalWireCallHandlers::table().
QStringList requiredFieldsFor(const QString &callHandler);
// Every request field a call handler uses, required or not, in form order.
QStringList fieldsFor(const QString &callHandler);
// Request fields the API accepts but never returns.
const QStringList &writeOnlyFields();
// Request fields that hold a UUID.
const QStringList &uuidFields();
// "OPUS@48000h@20i" -> "OPUS": a codec may carry parameters after '@'.
QString codecName(const QString &codec);
// An encryption mode as a person reads it ("default" -> "Project default");
// a value outside the set as it is.
QString encryptionText(const QString &mode);
// "random" as words; a number as it is.
QString sendAsText(const QString &sendAs);
} // namespace SignalWireVocabulary
