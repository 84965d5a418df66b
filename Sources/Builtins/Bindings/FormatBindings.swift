import Language

/// Numbers for prose, written the way the article's tables write them (`NumberText`):
///
///     show(markdown: "accuracy \(format(accuracy, decimals: 3)) on \(format(count, grouping: true)) images")
///     format(0.09483148988196627, decimals: 3)   // "0.095"
///     format(9467274, grouping: true)             // "9,467,274"
enum FormatBindings: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.function("format", "_ value: Int, grouping: Bool") { a in
            NumberText.format(try a.int("value"), grouping: try a.bool("grouping"))
        }
        bindings.function("format", "_ value: Double, decimals: Int, grouping: Bool = false") { a in
            let decimals = try a.int("decimals")
            guard (0...17).contains(decimals) else { throw BindingError("format: decimals must be 0…17, got \(decimals)") }
            return NumberText.format(try a.double("value"), decimals: decimals, grouping: try a.bool("grouping"))
        }
    }
}
