// labelled loops and switches
let grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
outer: for row in grid {
    for value in row {
        if value == 5 { break outer }
        print(value, terminator: " ")
    }
}
print()
rows: for (r, row) in grid.enumerated() {
    for value in row {
        if value % 2 == 0 { continue rows }
        print("r\(r):\(value)", terminator: " ")
    }
    print("end of row \(r)")
}
print()
var n = 0
search: while true {
    n += 1
    var k = 0
    repeat {
        k += 1
        if n * k == 12 { break search }
        if k > n { continue search }
    } while k < 10
}
print(n)
var found: [Int] = []
scan: for i in 0..<6 {
    switch i % 3 {
    case 0: continue scan
    case 1:
        for j in 0..<3 where j == 2 {
            if i > 3 { break scan }
            found.append(i * 10 + j)
        }
    default: break
    }
    found.append(i)
}
print(found)
decide: switch 3 {
case 3:
    for x in 0..<10 {
        if x == 2 { break decide }
        print("x", x)
    }
    print("not reached")
default: break
}
let matrix = [[0, 1], [1, 1]]
var count = 0
check: for row in matrix {
    for cell in row where cell == 0 {
        for _ in 0..<2 {
            count += 1
            continue check
        }
    }
    count += 100
}
print(count)
