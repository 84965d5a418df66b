// Valid neighbours of the unset-property rejections: every path sets every stored property.
struct Span {
    let low: Int
    var high: Int
    var note: String?
    lazy var width: Int = high - low
    init(low: Int, high: Int) {
        self.low = low
        if high < low {
            self.high = low
            return
        }
        self.high = high
    }
    init(copying other: Span) {
        self = other
    }
    init(single: Int) {
        self.init(low: single, high: single)
    }
    init?(text: String) {
        guard let value = Int(text) else { return nil }
        low = value
        switch value {
        case 0: high = 0
        default: high = value * 2
        }
    }
}
class Body {
    var mass: Double
    var name: String!
    let id: Int
    init(mass: Double, id: Int) throws {
        guard mass > 0 else { throw SpanError.negative }
        self.mass = mass
        self.id = id
    }
}
enum SpanError: Error { case negative }
var span = Span(low: 1, high: 4)
print(span.width, Span(copying: span).high, Span(single: 2).low, Span(text: "3")?.high ?? -1, Span(text: "x") == nil)
print((try? Body(mass: 2, id: 1))?.mass ?? 0, (try? Body(mass: -1, id: 2)) == nil)
