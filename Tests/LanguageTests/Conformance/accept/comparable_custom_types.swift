struct Version: Comparable, CustomStringConvertible {
    var major: Int
    var minor: Int
    static func < (lhs: Version, rhs: Version) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }
    var description: String { "v\(major).\(minor)" }
}

let versions = [Version(major: 2, minor: 0), Version(major: 1, minor: 5), Version(major: 1, minor: 10)]
print(versions.sorted())
print(versions.max()!, versions.min()!)
let a = Version(major: 1, minor: 5)
let b = Version(major: 2, minor: 0)
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
print(max(a, b), min(a, b))
print(versions.sorted(by: >))
print(versions.contains(Version(major: 1, minor: 10)))

struct Money: Equatable {
    var cents: Int
    var currency: String
    static func == (lhs: Money, rhs: Money) -> Bool { lhs.cents == rhs.cents }
}
print(Money(cents: 5, currency: "EUR") == Money(cents: 5, currency: "USD"))
print(Money(cents: 5, currency: "EUR") != Money(cents: 6, currency: "EUR"))

enum Size: Comparable {
    case small, medium, large
}
print(Size.small < Size.large, [Size.large, .small, .medium].sorted())
print([Size.medium, .large].max()!)
