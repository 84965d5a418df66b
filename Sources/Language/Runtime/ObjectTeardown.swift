/// Releasing a long chain of objects (a linked list of 100,000 nodes, a deep tree) one link at a
/// time: Swift would otherwise free each object from inside the release of the one that held
/// it, a dozen stack frames per link, and overflow the stack. Each object hands its fields to
/// a work list instead; an object only this list still holds gives up its own fields in turn,
/// so every object is freed with nothing left to release recursively.
enum ObjectTeardown {
    ///
    /// Values are taken in Swift's order (an object's properties first to last, each one's own
    /// properties before the next), which is the order `deinit` bodies print in.
    static func release(_ fields: consuming [Value]) {
        var pending = Array(fields.reversed())
        while !pending.isEmpty {
            switch pending.removeLast() {
            case .object(var object):
                guard isKnownUniquelyReferenced(&object) else { break }
                // An instance whose `deinit` is still to run waits for it whole, in the queue.
                if object.queueDeinitializers() || object.fields.isEmpty { break }
                pending.append(contentsOf: object.fields.reversed())
                object.fields = []
            case .array(let items), .tuple(let items, _):
                // Only collections that can hold objects are walked, so freeing a struct with a
                // large array of numbers costs nothing extra.
                if items.first?.canHoldObjects == true { pending.append(contentsOf: items.reversed()) }
            default:
                break
            }
        }
    }
}

private extension Value {
    var canHoldObjects: Bool {
        switch self {
        case .object, .array, .tuple: return true
        default: return false
        }
    }
}
