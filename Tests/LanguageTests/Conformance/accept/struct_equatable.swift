struct Card: Equatable { var rank: Int; var suit: String }
let a = Card(rank: 1, suit: "hearts")
let b = Card(rank: 1, suit: "hearts")
print(a == b, a != Card(rank: 2, suit: "hearts"))
print([a, b].contains(Card(rank: 1, suit: "hearts")))
