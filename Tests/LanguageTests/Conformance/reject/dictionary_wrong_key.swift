var d: [String: Int] = [:]
d[1] = 2
