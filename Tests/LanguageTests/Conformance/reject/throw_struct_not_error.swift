struct Oops {
    var reason: String
}
func run() throws {
    throw Oops(reason: "x")
}
try run()
