import Foundation

/// `String(format:)` with printf conversions: `%d %i %x %o` (Int: 32 bits as written, 64 with
/// `l`, `ll`, `q`, `z`…, as the compiled program reads its argument), `%f %e %g` (Double, with
/// flags, width and precision such as `%8.3f`), `%@` (any value's description; a width is ignored,
/// as Foundation ignores it) and `%%`; `%s` is an error, since Swift's String is no C string.
enum Formatting {
    static func format(_ format: String, _ arguments: [Value]) throws -> String {
        var result = ""
        var remaining = arguments[...]
        var characters = format[...]
        while let character = characters.popFirst() {
            guard character == "%" else {
                result.append(character)
                continue
            }
            var spec = "%"
            while let next = characters.first, "-+ #0123456789.".contains(next) {
                spec.append(next)
                characters.removeFirst()
            }
            var length = ""
            while let next = characters.first, "lhqLzjt".contains(next) { length.append(next); characters.removeFirst() }
            guard let conversion = characters.popFirst() else { throw BindingError("format ends inside a conversion") }
            if conversion == "%" {
                result.append("%")
                continue
            }
            guard let argument = remaining.popFirst() else {
                throw BindingError("format '\(format)' needs more arguments than the \(arguments.count) given")
            }
            switch conversion {
            case "d", "i", "x", "X", "o":
                let int: Int
                switch argument {
                case .int(let value): int = value
                case .double(let value) where value.isFinite && abs(value) < 9e18: int = Int(value)
                case .host(let value as any BinaryInteger) where Int(exactly: value) != nil: int = Int(value)
                default: throw BindingError("%\(conversion) expects an Int, got \(argument.typeName)")
                }
                // Without a length (`%d`) the conversion reads a 32-bit int, as the compiled program's does:
                // a larger Int prints its low 32 bits. `%ld`, `%lld`, `%qd`, `%zd`… read all 64.
                if length.isEmpty || length.allSatisfy({ $0 == "h" }) {
                    result += printf(spec + length + String(conversion), Int32(truncatingIfNeeded: int))
                } else {
                    result += printf(spec + "l" + String(conversion), int)
                }
            case "f", "F", "e", "E", "g", "G":
                guard let double = Double(scriptValue: argument) else {
                    throw BindingError("%\(conversion) expects a Double, got \(argument.typeName)")
                }
                result += printf(spec + String(conversion), double)
            case "@":
                // Foundation writes the object's description and ignores a width (`%8@` is `%@`).
                result += argument.description
            case "s":
                throw BindingError("%s expects a C string, which Swift's String is not (Swift prints garbage or nothing); use %@ for a String")
            default:
                throw BindingError("unsupported format conversion '%\(conversion)'")
            }
        }
        return result
    }

    /// One printf conversion of one number, by the C library's `vsnprintf` (the formatting that
    /// Foundation's `String(format:)` reaches for numbers, without building a Foundation string
    /// around each one).
    private static func printf(_ conversion: String, _ argument: CVarArg) -> String {
        withVaList([argument]) { arguments in
            var buffer = [CChar](repeating: 0, count: 128)
            let length = Int(vsnprintf(&buffer, buffer.count, conversion, arguments))
            guard length >= buffer.count else { return String(cString: buffer) }
            buffer = [CChar](repeating: 0, count: length + 1)
            return withVaList([argument]) { again in
                _ = vsnprintf(&buffer, buffer.count, conversion, again)
                return String(cString: buffer)
            }
        }
    }
}
