struct Total {
    let sum: Int
    init(_ xs: [Int]) {
        for x in xs {
            sum = x
        }
    }
}
print(Total([1]).sum)
