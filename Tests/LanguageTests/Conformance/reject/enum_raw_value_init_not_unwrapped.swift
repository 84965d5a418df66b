enum Dir: Int { case up, down }
let d: Dir = Dir(rawValue: 0)
print(d)
