/// `UnicodeScalar`: one Unicode scalar, which is how Swift code turns a byte back into a character
/// (`Character(UnicodeScalar(byte))` for a `UInt8` byte). Made from an `Int` or a `UInt32` it is
/// optional, as Swift's failable initialisers make it (`UnicodeScalar(0xD800)` is nil).
extension StandardLibrary {
    static func installUnicodeScalars(into bindings: Bindings) {
        bindings.type(Unicode.Scalar.self, "UnicodeScalar") { t in
            t.valueInitializer("(_ value: UInt8) -> UnicodeScalar") { a in
                .host(Unicode.Scalar(try FixedWidthIntegers.converted(a[0], to: UInt8.self, name: "UInt8")))
            }
            for signature in ["(_ value: Int) -> UnicodeScalar?", "(_ value: UInt32) -> UnicodeScalar?"] {
                t.valueInitializer(signature) { a in
                    let code = try FixedWidthIntegers.converted(a[0], to: UInt32.self, name: "UInt32")
                    return Unicode.Scalar(code).map { .host($0) } ?? .none
                }
            }
            t.property("value") { $0.value }
            t.property("isASCII") { $0.isASCII }
        }
    }
}
