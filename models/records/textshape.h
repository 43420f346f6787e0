#pragma once

#include <QExplicitlySharedDataPointer>
#include <QHashFunctions>
#include <QMultiHash>
#include <QSharedData>
#include <QString>

#include <array>

// The text fields a compact record shares with many other rows of its table
// (an endpoint's encryption and call handler, a domain's account and
// methods), as one value that a row points to: 8 bytes a row instead of a
// string each. Null and "" are told apart, as the full records keep them.
template<int Count>
struct TextShape : QSharedData
{
    std::array<QString, Count> texts;

    bool sameAs(const TextShape &other) const
    {
        for (int index = 0; index < Count; ++index) {
            const QString &mine = texts[index];
            const QString &theirs = other.texts[index];
            if (mine.isNull() != theirs.isNull() || mine != theirs)
                return false;
        }
        return true;
    }
    size_t hash() const
    {
        size_t hash = 0;
        for (const QString &text : texts)
            hash = qHashMulti(hash, text);
        return hash;
    }
    // Sets record's texts at members (in the shape's order) to the shape's.
    template<typename Record>
    void copyTo(Record &record, QString Record::*const (&members)[Count]) const
    {
        for (int index = 0; index < Count; ++index)
            record.*members[index] = texts[index];
    }
    // The shape of a default-constructed record: every text null.
    static const TextShape &empty()
    {
        static const TextShape shape;
        return shape;
    }
};

// Gives equal shapes one copy. One pool per decoded page, as StringPool:
// cheap, and no state shared between the threads that decode pages.
template<int Count>
class TextShapePool
{
public:
    using Shape = TextShape<Count>;

    // The shared shape of record's texts at members; null when they all
    // are (TextShape::empty()).
    template<typename Record>
    QExplicitlySharedDataPointer<const Shape> shapeOf(
        const Record &record, QString Record::*const (&members)[Count])
    {
        Shape shape;
        for (int index = 0; index < Count; ++index)
            shape.texts[index] = record.*members[index];
        return shape.sameAs(Shape::empty()) ? QExplicitlySharedDataPointer<const Shape>()
                                            : intern(shape);
    }

    QExplicitlySharedDataPointer<const Shape> intern(const Shape &shape)
    {
        const size_t hash = shape.hash();
        for (auto it = m_shapes.constFind(hash); it != m_shapes.cend() && it.key() == hash; ++it) {
            if ((*it)->sameAs(shape))
                return *it;
        }
        QExplicitlySharedDataPointer<const Shape> pointer(new Shape(shape));
        m_shapes.insert(hash, pointer);
        return pointer;
    }

private:
    QMultiHash<size_t, QExplicitlySharedDataPointer<const Shape>> m_shapes;
};
