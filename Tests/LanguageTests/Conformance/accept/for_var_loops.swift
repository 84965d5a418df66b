struct Team { var name: String }
let teams = [Team(name: "a"), Team(name: "b")]
for var team in teams { team.name += "!"; print(team.name) }
print(teams.map(\.name))
for var (i, x) in [(1, 2.0), (3, 4.0)] { i *= 10; x /= 2; print(i, x) }
var total = 0
for var n in 1...3 { n *= n; total += n }
print(total)
let fns = (0..<3).map { i in { i * 2 } }
for var k in [5] { let f = { k }; k += 1; print(f(), k) }
print(fns.map { $0() })
