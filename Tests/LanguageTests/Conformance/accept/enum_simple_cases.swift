enum Direction: CaseIterable {
    case north, south, east, west
    var opposite: Direction {
        switch self {
        case .north: return .south
        case .south: return .north
        case .east: return .west
        case .west: return .east
        }
    }
}
var heading = Direction.north
print(heading, heading.opposite)
heading = .west
print(heading == .west, heading != Direction.east)
print(Direction.allCases)
print(Direction.allCases.count)
