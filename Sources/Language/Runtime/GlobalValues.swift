/// The values of a session's globals, by slot; nil until the declaring cell has run (or the host
/// restored the value). Slots live in fixed-size pages that never move, so a slot's address is
/// stable for the table's lifetime: compiled code keeps a pointer to the slot of each global it
/// reads or writes, and reaches it without an array's copy-on-write check or bounds check.
final class GlobalValues {
    private static let pageShift = 8
    private static let pageSize = 1 << pageShift
    private var pages: [UnsafeMutablePointer<Value?>] = []
    private(set) var count = 0

    init() {}

    deinit {
        for (page, base) in pages.enumerated() {
            base.deinitialize(count: min(Self.pageSize, count - page * Self.pageSize))
            base.deallocate()
        }
    }

    /// Adds an empty slot and returns its index.
    func appendSlot() -> Int {
        if count == pages.count * Self.pageSize {
            pages.append(UnsafeMutablePointer<Value?>.allocate(capacity: Self.pageSize))
        }
        (pages[count >> Self.pageShift] + (count & (Self.pageSize - 1))).initialize(to: nil)
        count += 1
        return count - 1
    }

    /// The storage of slot `index`, valid while this table is alive.
    @inline(__always)
    func slot(_ index: Int) -> UnsafeMutablePointer<Value?> {
        precondition(index >= 0 && index < count, "global slot out of range")
        return pages[index >> Self.pageShift] + (index & (Self.pageSize - 1))
    }

    subscript(index: Int) -> Value? {
        unsafeAddress { UnsafePointer(slot(index)) }
        unsafeMutableAddress { slot(index) }
    }
}

/// A global's slot as compiled code holds it: the pointer, and the table that owns the storage
/// it points into, which stays alive as long as the code that uses it.
struct GlobalSlot {
    let table: GlobalValues
    let pointer: UnsafeMutablePointer<Value?>

    init(_ table: GlobalValues, _ index: Int) {
        self.table = table
        pointer = table.slot(index)
    }
}
