#include "views/profiles/profilecolorrow.h"

#include "views/widgets/colorswatch.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

const QList<QPair<QString, const char *>> &presetColors()
{
    static const QList<QPair<QString, const char *>> presets {
        { u"#d32f2f"_s, QT_TRANSLATE_NOOP("ProfileColorRow", "Red") },
        { u"#f57c00"_s, QT_TRANSLATE_NOOP("ProfileColorRow", "Orange") },
        { u"#fbc02d"_s, QT_TRANSLATE_NOOP("ProfileColorRow", "Yellow") },
        { u"#388e3c"_s, QT_TRANSLATE_NOOP("ProfileColorRow", "Green") },
        { u"#1976d2"_s, QT_TRANSLATE_NOOP("ProfileColorRow", "Blue") },
        { u"#7b1fa2"_s, QT_TRANSLATE_NOOP("ProfileColorRow", "Purple") },
    };
    return presets;
}

} // namespace

ProfileColorRow::ProfileColorRow(QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    addSwatch(row, QString(), tr("No color"), 0);
    int index = 1;
    for (const auto &[color, name] : presetColors())
        addSwatch(row, color, tr(name), index++);
    m_other = new QToolButton(this);
    m_other->setObjectName(u"colorButton"_s);
    m_other->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_other->setText(tr("Other…"));
    m_other->setToolTip(tr("Choose any color"));
    connect(m_other, &QToolButton::clicked, this, &ProfileColorRow::chooseOther);
    row->addSpacing(6);
    row->addWidget(m_other);
    row->addStretch();
    setFocusProxy(m_other);
}

void ProfileColorRow::addSwatch(
    QHBoxLayout *row, const QString &color, const QString &name, int index)
{
    auto *button = new QToolButton(this);
    button->setObjectName(u"colorPreset%1"_s.arg(index));
    button->setAutoRaise(true);
    button->setIcon(colorSwatch(color));
    button->setToolTip(name);
    button->setAccessibleName(tr("Color: %1").arg(name));
    connect(button, &QToolButton::clicked, this, [this, color] {
        setColor(color);
        emit chosen();
    });
    row->addWidget(button);
}

void ProfileColorRow::setColor(const QString &color)
{
    m_color = color;
    m_other->setIcon(colorSwatch(color));
    m_other->setAccessibleDescription(color.isEmpty() ? tr("No color") : color);
}

void ProfileColorRow::chooseOther()
{
    auto *dialog = new QColorDialog(QColor::fromString(m_color), this);
    dialog->setObjectName(u"colorDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Profile Color"));
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &color) {
        if (!color.isValid())
            return;
        setColor(color.name(QColor::HexRgb));
        emit chosen();
    });
    dialog->open();
}
