let n = 3
switch n {
default: print("a")
case 1: print("b")
}
