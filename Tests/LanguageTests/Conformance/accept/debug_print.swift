struct Point {
    var x: Double
    var y: Double
}
debugPrint("hello")
debugPrint("tab\there", "quote\"d")
debugPrint(42, 3.5, true)
debugPrint(["a", "b"], [1: "one"])
debugPrint([[1, 2], [3]])
let maybe: String? = "x"
let nothing: Int? = nil
debugPrint(maybe, nothing)
debugPrint(Character("c"), [Character("d")])
debugPrint(("a", 1))
debugPrint(Point(x: 1, y: 2))
debugPrint(Float(0.1), 0.1)
debugPrint("a", "b", separator: "-", terminator: "!\n")
print("line\nbreak", ["line\nbreak"])
let opts: [String?] = ["a", nil]
debugPrint(opts)
print(opts)
