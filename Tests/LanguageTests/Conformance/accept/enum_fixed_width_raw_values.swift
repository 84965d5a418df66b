// An enum with UInt8 raw values.
enum Level: UInt8 {
    case low = 1, high
}
let r = Level.high.rawValue
print(r, r + 1)
print(Level(rawValue: 1) == .low)
let q: UInt8 = 3
print(q + Level.low.rawValue)
