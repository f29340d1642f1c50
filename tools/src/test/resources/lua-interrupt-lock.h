/* Lua's own locking hooks (llimits.h: lua_lock/lua_unlock) turned into what a uniprocessor kernel
 * would use: save flags and disable interrupts, restore flags. Force-included into every Lua file,
 * this puts sensitive instructions all over a real interpreter, its jump tables and aligned loops. */
#define lua_lock(L) __asm__ volatile("pushf; cli" : : : "memory")
#define lua_unlock(L) __asm__ volatile("popf" : : : "memory")
