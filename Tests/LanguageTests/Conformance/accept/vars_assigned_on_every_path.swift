// Valid neighbours of the var-read-before-assignment rejection: every path assigns before the read.
enum Mode { case fast, slow }
func pick(_ m: Mode, _ flag: Bool) -> Int {
    var speed: Int
    switch m {
    case .fast: speed = 10
    case .slow: speed = 1
    }
    var bonus: Int
    if flag { bonus = 1 } else { fatalError("no bonus") }
    var extra: Int
    guard flag else { return 0 }
    extra = 2
    speed += bonus + extra
    return speed
}
print(pick(.fast, true))
var label: String
do {
    label = "ok"
}
print(label)
var found: Int
repeat {
    found = 3
} while false
print(found)
