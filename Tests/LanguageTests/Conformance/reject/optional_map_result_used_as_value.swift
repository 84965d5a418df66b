let count: Int? = 5
let total = count.map { $0 * 2 } + 1
print(total)
