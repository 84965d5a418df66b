struct Reading {
    var value: Double?
    var tags: [String?]
    var note: String
}
let r = Reading(value: 2.5, tags: ["a", nil], note: "ok")
print(r)
print([r])
let empty = Reading(value: nil, tags: [], note: "none")
print(empty, "\(empty)")
debugPrint(empty)
enum Outcome {
    case found(Int?, label: String?)
    case missing
}
print(Outcome.found(3, label: nil), [Outcome.found(nil, label: "x")])
