#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <span>

// The call handlers of a SignalWire SIP endpoint, described once: the
// vocabulary, the endpoint table's text, the form and the sandbox all read
// this table, so that adding or changing a handler is one edit.
namespace SignalWireCallHandlers {

// Labels are translated in this context.
inline constexpr char kTranslationContext[] = "SignalWireCallHandlers";

// A request field a handler uses (JSON key) and its label in the form.
struct Field
{
    const char *key = nullptr;
    const char *label = nullptr;
};

struct Handler
{
    const char *key; // the value of call_handler
    const char *label;
    std::array<Field, 6> shown; // in form order; unused slots have no key
    std::array<const char *, 3> required; // unused slots are null
    // The field whose value the service answers as calling_handler_resource_id;
    // null for the handlers that do not forward to a resource of their own.
    const char *resourceField = nullptr;

    QStringList shownFields() const;
    QStringList requiredFields() const;
};

// Every handler, in the order the form and the quick filters offer them.
std::span<const Handler> table();
const Handler *find(QStringView key);

// The translated label of a handler's or a field's text from the table.
QString translated(const char *label);

} // namespace SignalWireCallHandlers
