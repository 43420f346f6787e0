#pragma once

class QObject;
class QString;
class RecordEditing;
class RecordListPage;
class SignalWireSipEndpointsClient;
class SipDomainTableModel;
class SipEndpointTableModel;
class TwilioSipDomainsClient;

// Create, edit and delete Twilio SIP Domains of one account.
RecordEditing *makeSipDomainEditing(TwilioSipDomainsClient *client, SipDomainTableModel *model,
    RecordListPage *page, const QString &accountText, QObject *parent);
// Create, edit and delete SignalWire SIP Endpoints of one project.
RecordEditing *makeSipEndpointEditing(SignalWireSipEndpointsClient *client,
    SipEndpointTableModel *model, RecordListPage *page, const QString &accountText,
    QObject *parent);
