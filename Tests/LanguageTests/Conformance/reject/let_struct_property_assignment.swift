struct Point { var x = 0, y = 0 }
let p = Point()
p.x = 3
print(p)
