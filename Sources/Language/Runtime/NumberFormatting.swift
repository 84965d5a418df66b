import Foundation

/// `n.formatted()` of an Int, Double or Float: the number as Foundation writes it for reading
/// (grouping separators, at most six fraction digits), so a cell prints what the same program
/// compiled by `swiftc` prints on this machine.
enum NumberFormatting {
    static func formatted(_ number: Value) -> Value? {
        switch number {
        case .int(let int): return .string(int.formatted())
        case .double(let double): return .string(double.formatted())
        case .float(let float): return .string(float.formatted())
        default: return nil
        }
    }
}
