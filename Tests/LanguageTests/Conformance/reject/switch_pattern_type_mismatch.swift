let n = 3
switch n {
case "three": print("three")
default: print("other")
}
