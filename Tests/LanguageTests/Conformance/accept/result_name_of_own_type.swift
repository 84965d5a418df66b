enum Result { case win, lose, draw }
let games: [Result] = [.win, .draw, .win]
print(games.filter { $0 == .win }.count, games)
struct Match { let result: Result }
print(Match(result: .lose))
