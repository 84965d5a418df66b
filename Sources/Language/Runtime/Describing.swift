/// A value being printed together with its static type, so that `print` and interpolation show
/// `Optional(3)` and `debugPrint` shows `Optional("a")` (optionals are not boxed at run time:
/// only the type can tell).
struct DescribedValueText: CustomStringConvertible {
    let value: Value
    let type: StaticType

    var description: String { value.render(as: type, quoted: false) }
    var debugDescription: String { value.render(as: type, quoted: true) }
}

extension Value {
    /// Swift's `debugPrint`/`String(reflecting:)` rendering: strings and characters quoted and
    /// escaped, types qualified by their module.
    var debugDescription: String {
        if case .host(let described as DescribedValueText) = self { return described.debugDescription }
        return render(quoted: true)
    }
}
