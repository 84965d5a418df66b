enum D { case n, s }
let d: D = .east
