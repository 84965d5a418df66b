/// The slots of an enclosing scope's frame (a variable of an outer loop, `i` read in the body of
/// `for j in …`), reached without retaining and releasing each frame on the way: the current
/// frame holds its parent, and the interpreter holds the current frame, for as long as compiled
/// code reads or writes the slot it is given.
extension Interpreter {
    @inline(__always)
    func slots(atDepth depth: Int, _ loc: Loc) throws -> FrameSlots {
        guard let slots = slots(atDepth: depth) else { throw LocatedError(.runtime, "internal: no frame", loc) }
        return slots
    }

    /// Nil at the top level of a cell, where there is no frame.
    @inline(__always)
    func slots(atDepth depth: Int) -> FrameSlots? {
        if depth == 0 { return currentSlots }
        guard var frame = frame.map({ Unmanaged.passUnretained($0) }) else { return nil }
        for _ in 0..<depth {
            guard let parent = frame._withUnsafeGuaranteedRef(\.unretainedParent) else { break }
            frame = parent
        }
        return frame._withUnsafeGuaranteedRef(\.slots)
    }
}

extension Frame {
    /// The enclosing scope's frame, not retained (its child holds it).
    @inline(__always)
    fileprivate var unretainedParent: Unmanaged<Frame>? {
        withUnsafeMutablePointerToHeader { header in header.pointee.parent.map { Unmanaged.passUnretained($0) } }
    }
}
