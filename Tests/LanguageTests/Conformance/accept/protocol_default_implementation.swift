protocol Greeter {
    var name: String { get }
    func greet() -> String
    func farewell() -> String
}

extension Greeter {
    func greet() -> String { "Hello, \(name)!" }
    func farewell() -> String { "Goodbye from \(name)." }
    var shout: String { greet().uppercased() }
}

struct English: Greeter {
    let name: String
}

struct French: Greeter {
    let name: String
    func greet() -> String { "Bonjour, \(name) !" }
}

class Robot: Greeter {
    var name: String { "R2" }
    func farewell() -> String { "Beep." }
}

let greeters: [Greeter] = [English(name: "Ann"), French(name: "Luc"), Robot()]
for greeter in greeters {
    print(greeter.greet())
    print(greeter.farewell())
    print(greeter.shout)
}
