struct Score: Comparable {
    var value: Int
}
print(Score(value: 1) == Score(value: 1))
