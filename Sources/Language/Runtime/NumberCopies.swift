/// Copies and overwrites of values on the interpreter's hottest paths (loop variables, `x += y`)
/// that take the usual case, a number, without a call: copying or releasing a `Value` whose case
/// the compiler cannot see goes through an outlined function that switches over every case.
extension Value {
    /// This value; a number is rebuilt from its payload.
    @inline(__always)
    var copied: Value {
        switch self {
        case .int(let value): return .int(value)
        case .double(let value): return .double(value)
        default: return self
        }
    }
}

extension Array where Element == Value {
    /// Element `index` (see `Value.copied`; switched over where the array stores it, since
    /// `self[index].copied` would copy the element out first).
    @inline(__always)
    func element(_ index: Int) -> Value {
        switch self[index] {
        case .int(let value): return .int(value)
        case .double(let value): return .double(value)
        default: return self[index]
        }
    }
}

extension FrameSlots {
    /// Stores `new` in slot `index`. A number there (the previous iteration's, in a loop over
    /// numbers) is overwritten as it is: it has nothing to release.
    @inline(__always)
    func replace(_ index: Int, with new: Value) {
        withUnsafeMutablePointer(to: &self[index]) { slot in
            switch slot.pointee {
            case .int, .double, .bool, .void, .none: slot.initialize(to: new)
            default: slot.pointee = new
            }
        }
    }
}
