let count: Int? = 5
let doubled: Int = count.map { $0 * 2 }
print(doubled)
