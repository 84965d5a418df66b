func find(_ xs: [Int], _ wanted: Int) -> Int {
    for (index, x) in xs.enumerated() where x == wanted {
        return index
    }
    return nil
}
print(find([1, 2], 2))
