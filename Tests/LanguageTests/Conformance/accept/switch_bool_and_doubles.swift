let flags = [true, false]
for flag in flags {
    switch flag {
    case true: print("on")
    case false: print("off")
    }
}
let x = 2.5
switch x {
case 2.5: print("two and a half")
default: print("other")
}
