console.log("electron-native: placeholder during bootstrap")
