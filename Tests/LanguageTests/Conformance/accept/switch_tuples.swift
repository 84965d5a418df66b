func quadrant(_ point: (Int, Int)) -> String {
    switch point {
    case (0, 0): return "origin"
    case (_, 0): return "x axis"
    case (0, let y): return "y axis at \(y)"
    case let (x, y) where x == y: return "diagonal"
    case (1...5, 1...5): return "near"
    default: return "far"
    }
}
print(quadrant((0, 0)), quadrant((3, 0)), quadrant((0, 4)), quadrant((2, 2)), quadrant((2, 3)), quadrant((9, 1)))
